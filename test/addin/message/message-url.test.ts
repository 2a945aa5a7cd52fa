import { messageUrl, readMessageQuery } from "../../../src/addin/message/message-url";

const BASE = "https://addin.example/aidsheet/commands.html?_host_info=Excel";

describe("the message page's URL", () => {
  test("is beside the commands page, and gives back the message as it was, markup and all", () => {
    const message = { title: "Failed", text: "<b>x</b> & y=z?#% 村级指标" };
    const url = new URL(messageUrl(BASE, "en", message));
    expect(`${url.origin}${url.pathname}`).toBe("https://addin.example/aidsheet/message.html");
    expect(readMessageQuery(url.search)).toEqual({ lang: "en", message });
  });

  test("has no title unless there is one", () => {
    const url = new URL(messageUrl(BASE, "zh-CN", { text: "没有" }));
    expect(url.searchParams.has("title")).toBe(false);
    expect(readMessageQuery(url.search)).toEqual({ lang: "zh-CN", message: { text: "没有" } });
  });

  test("read with what Office appends, or a language it does not know (Chinese)", () => {
    const url = new URL(messageUrl(BASE, "en", { text: "t" }));
    expect(readMessageQuery(`${url.search}&_host_info=Excel$Win32$16.01$en-US`).lang).toBe("en");
    expect(readMessageQuery("?lang=fr&text=t")).toEqual({ lang: "zh-CN", message: { text: "t" } });
    expect(readMessageQuery("")).toEqual({ lang: "zh-CN", message: { text: "" } });
  });
});
