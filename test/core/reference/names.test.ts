import {
  officialDisplayName,
  sameTownshipName,
  sameVillageName,
} from "../../../src/core/reference/names";

describe("sameVillageName", () => {
  it.each([
    ["凤凰寨村", "凤凰寨村委会"],
    ["八秀村", "八秀村村委会"],
    ["八秀", "八秀村村委会"],
    ["东山村", "东山村委会"],
    ["青云村委会", "青云村委会"],
    ["東山村", "东山村委会"],
    ["東山村委會", "东山村委会"],
    ["  凤凰 寨村 ", "凤凰寨村委会"],
    ["凤凰寨村\u3000", "凤凰寨村委会"],
    ["额头湾村", "额头湾村村民委员会"],
    ["红星社区", "红星社区居民委员会"],
    ["红星", "红星社区居委会"],
    ["多福巷社区居委会", "多福巷社区"],
    ["凤凰寨村（黄陂）", "凤凰寨村委会"],
    ["凤凰寨村(黄陂)", "凤凰寨村委会"],
    ["凤凰寨村 【蔡榨】", "凤凰寨村委会"],
    ["ＡＢ村", "ab村委会"],
  ])("%s names the same village as %s", (given, official) => {
    expect(sameVillageName(given, official)).toBe(true);
  });

  it.each([
    ["毛冲村", "毛家冲村委会"],
    ["毛家冲村", "毛冲村委会"],
    ["凤凰村", "凤凰寨村委会"],
    ["东山村", "西山村委会"],
    ["东山村", "东山村委会（武昌）区"],
  ])("%s does not name the same village as %s", (given, official) => {
    expect(sameVillageName(given, official)).toBe(false);
  });

  it("compares both names after the same steps (the order of arguments does not matter)", () => {
    expect(sameVillageName("东山村委会", "東山村")).toBe(true);
    expect(sameVillageName("毛家冲村委会", "毛冲村")).toBe(false);
  });

  it("drops a trailing 村 once only", () => {
    expect(sameVillageName("新村", "新村村委会")).toBe(true);
    expect(sameVillageName("新村村", "新村委会")).toBe(false);
  });

  it("does not reduce a name that is only a suffix to nothing", () => {
    expect(sameVillageName("社区", "村委会")).toBe(false);
  });
});

describe("sameTownshipName", () => {
  it.each([
    ["蔡榨街", "蔡榨街道"],
    ["蔡榨", "蔡榨街道"],
    ["蔡榨街道办事处", "蔡榨街道"],
    ["侏儒山街", "侏儒山街道"],
    ["凤凰镇", "凤凰镇"],
    ["凤凰", "凤凰镇"],
    ["天兴乡", "天兴乡"],
    ["大潭", "大潭办事处"],
    ["東湖風景區街道", "东湖风景区街道（武昌）"],
    ["东湖风景区(武昌)", "东湖风景区街道（武昌）"],
    ["舒安 街道", "舒安街道"],
    ["王家河镇", "王家河街道"],
  ])("%s names the same township as %s", (given, official) => {
    expect(sameTownshipName(given, official)).toBe(true);
  });

  it.each([
    ["蔡家榨街", "蔡榨街道"],
    ["侏儒街道", "侏儒山街道"],
  ])("%s does not name the same township as %s", (given, official) => {
    expect(sameTownshipName(given, official)).toBe(false);
  });
});

describe("officialDisplayName", () => {
  it.each([
    ["毛家冲村委会", "毛家冲村"],
    ["凤凰寨村委会", "凤凰寨村"],
    ["八秀村村委会", "八秀村"],
    ["额头湾村村民委员会", "额头湾村"],
    ["红星社区居委会", "红星社区居委会"],
    ["南湖社区", "南湖社区"],
    ["村委会", "村委会"],
  ])("shows %s as %s", (official, shown) => {
    expect(officialDisplayName(official)).toBe(shown);
  });
});
