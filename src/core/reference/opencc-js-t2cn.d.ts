// opencc-js declares types for its full build only; its t2cn entry (a tenth of the size) has the same API.
declare module "opencc-js/t2cn" {
  export { Converter } from "opencc-js";
}
