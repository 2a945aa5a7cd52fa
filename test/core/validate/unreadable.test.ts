import { renderMessage } from "../../../src/core/issues/render";
import { unreadableSubmission } from "../../../src/core/validate/unreadable";

const MB = 1024 * 1024;
const message = (read: ReturnType<typeof unreadableSubmission>, lang: "zh-CN" | "en") =>
  renderMessage(read.issues[0]!, lang);

describe("unreadableSubmission", () => {
  test("the message names the limit the file broke (it was empty)", () => {
    const tooLarge = unreadableSubmission("too-large", { limit: 50 * MB });
    expect(message(tooLarge, "zh-CN")).toBe("文件无法读取：文件超过 50 MB 的大小上限");
    expect(message(tooLarge, "en")).toBe("Cannot read the file: it is larger than 50 MB");
    const expands = unreadableSubmission("expands-too-much", { limit: 500 * MB });
    expect(message(expands, "en")).toBe(
      "Cannot read the file: it would expand to more than 500 MB",
    );
    const parts = unreadableSubmission("too-many-parts", { limit: 1000 });
    expect(message(parts, "zh-CN")).toBe("文件无法读取：压缩包内部件超过 1000 个");
  });

  test("what was wrong with a corrupt file is said; the whole file is rejected", () => {
    const read = unreadableSubmission("corrupt", { detail: "no workbook part" });
    expect(message(read, "en")).toBe("Cannot read the file: it is corrupt (no workbook part)");
    expect(read.rejected).toBe(true);
    expect(read.issues).toHaveLength(1);
  });
});
