// A planned chart as DrawingML: the chart part and the drawing part that anchors it on a sheet.
import { columnName } from "../core";
import type { PlannedChart, PlannedSeries } from "../core";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const SHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
// Office's first theme colours: blue columns, an orange line.
const SERIES_COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000"];
// Axis ids: a category and a value axis for each of the primary and secondary groups.
const AXES = { primary: [5001, 5002], secondary: [5003, 5004] } as const;

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** An absolute reference to one column's rows, e.g. `'村级指标'!$B$2:$B$6`. */
function columnRef(sheet: string, columnIndex: number, first: number, last: number): string {
  const letters = columnName(columnIndex);
  return `'${sheet.replace(/'/g, "''")}'!$${letters}$${first}:$${letters}$${last}`;
}

function text(value: string, size: number, bold: boolean): string {
  const props = `sz="${size}" b="${bold ? 1 : 0}"`;
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${props}/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" ${props}/><a:t>${escapeXml(value)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

/** The data rows of one column of the chart's sheet. */
function dataRef(chart: PlannedChart, columnIndex: number): string {
  return columnRef(chart.dataSheet, columnIndex, chart.firstRowNumber, chart.lastRowNumber);
}

/** Cached points, so that a reader draws the chart before computing anything. */
function pointsXml(values: readonly (string | number | null)[]): string {
  const points = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join("");
  return `<c:ptCount val="${values.length}"/>${points}`;
}

function categoriesXml(chart: PlannedChart): string {
  const f = dataRef(chart, chart.categoryColumnIndex);
  return (
    `<c:cat><c:strRef><c:f>${escapeXml(f)}</c:f><c:strCache>` +
    `${pointsXml(chart.categories)}</c:strCache></c:strRef></c:cat>`
  );
}

function seriesXml(chart: PlannedChart, series: PlannedSeries, index: number): string {
  const color = SERIES_COLORS[index % SERIES_COLORS.length]!;
  const name = columnRef(chart.dataSheet, series.columnIndex, 1, 1);
  const values = dataRef(chart, series.columnIndex);
  const looks =
    series.type === "line"
      ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` +
        `<a:round/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="7"/>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr></c:marker>`
      : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>` +
        '<c:invertIfNegative val="0"/>';
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(name)}</c:f>` +
    `<c:strCache>${pointsXml([series.name])}</c:strCache></c:strRef></c:tx>` +
    looks +
    categoriesXml(chart) +
    `<c:val><c:numRef><c:f>${escapeXml(values)}</c:f><c:numCache>` +
    `<c:formatCode>${escapeXml(series.numFmt)}</c:formatCode>` +
    `${pointsXml(series.values)}</c:numCache></c:numRef></c:val>` +
    (series.type === "line" ? '<c:smooth val="0"/>' : "") +
    "</c:ser>"
  );
}

function axesXml(group: "primary" | "secondary", numFmt: string, used: boolean): string {
  const [cat, val] = AXES[group];
  const secondary = group === "secondary";
  return (
    `<c:catAx><c:axId val="${cat}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="${secondary ? 1 : 0}"/><c:axPos val="b"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>' +
    '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${val}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    // Values from 0: bars that start higher exaggerate differences.
    `<c:valAx><c:axId val="${val}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="${used ? 0 : 1}"/><c:axPos val="${secondary ? "r" : "l"}"/>` +
    (secondary ? "" : "<c:majorGridlines/>") +
    `<c:numFmt formatCode="${escapeXml(numFmt)}" sourceLinked="0"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${cat}"/><c:crosses val="${secondary ? "max" : "autoZero"}"/>` +
    '<c:crossBetween val="between"/></c:valAx>'
  );
}

/** Axis format: whole numbers for money and counts, the series' own for rates. */
function axisFormat(series: readonly PlannedSeries[]): string {
  const numFmt = series[0]?.numFmt ?? "General";
  return numFmt.includes("%") ? "0.0%" : numFmt.includes("#,##0") ? "#,##0" : numFmt;
}

/** The chart part (xl/charts/chartN.xml): columns on the left axis, lines on the right. */
export function chartXml(chart: PlannedChart): string {
  const indexed = chart.series.map((s, i) => ({ s, i }));
  const bars = indexed.filter(({ s }) => s.type === "column");
  const lines = indexed.filter(({ s }) => s.type === "line");
  const axisIds = (secondary: boolean) =>
    AXES[secondary ? "secondary" : "primary"].map((id) => `<c:axId val="${id}"/>`).join("");
  const primary = chart.series.filter((s) => !s.secondary);
  const secondary = chart.series.filter((s) => s.secondary);
  const barXml = bars.length
    ? '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
      bars.map(({ s, i }) => seriesXml(chart, s, i)).join("") +
      `<c:gapWidth val="80"/>${axisIds(bars[0]!.s.secondary)}</c:barChart>`
    : "";
  const lineXml = lines.length
    ? '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
      lines.map(({ s, i }) => seriesXml(chart, s, i)).join("") +
      `<c:marker val="1"/>${axisIds(lines[0]!.s.secondary)}</c:lineChart>`
    : "";
  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${REL_NS}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title>${text(chart.title, 1400, true)}<c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    barXml +
    lineXml +
    axesXml("primary", axisFormat(primary), primary.length > 0) +
    (secondary.length > 0 ? axesXml("secondary", axisFormat(secondary), true) : "") +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    "</c:chartSpace>"
  );
}

function marker(tag: "from" | "to", at: PlannedChart["from"]): string {
  return (
    `<xdr:${tag}><xdr:col>${at.columnIndex}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${at.rowIndex}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/** The drawing part (xl/drawings/drawingN.xml) anchoring the chart of relationship rId1. */
export function drawingXml(chart: PlannedChart): string {
  return (
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${SHEET_DRAWING_NS}" xmlns:a="${DRAWING_NS}">` +
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", chart.from)}${marker("to", chart.to)}` +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>' +
    `<xdr:cNvPr id="2" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/>` +
    '</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${CHART_NS}">` +
    `<c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="rId1"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>" +
    "</xdr:wsDr>"
  );
}
