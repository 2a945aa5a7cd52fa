// Chromium, headless, as every browser test launches it; the executable from useTool("chromium").
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
