/**
 * Test helper: opens a DOCX made by `docx` and reads its WordprocessingML back into paragraphs,
 * runs (text, bold, italic, size, font), table rows and section properties. A small reader for
 * the regular XML `docx` writes, not a general OOXML parser.
 */
import { type Document, Packer } from 'docx';
import JSZip from 'jszip';

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Half-points; undefined when the run does not set it. */
  size?: number;
  /** w:rFonts w:ascii; undefined when the run does not set it. */
  font?: string;
  /** Has a PAGE field instruction. */
  pageField: boolean;
}

export interface Para {
  xml: string;
  text: string;
  runs: Run[];
  /** Alignment (w:jc), e.g. "center", "both". */
  align?: string;
  pageBreakBefore: boolean;
}

export interface Row {
  xml: string;
  header: boolean;
  cantSplit: boolean;
  cells: string[];
}

export interface OpenedDocx {
  files: string[];
  document: string;
  headers: { name: string; xml: string }[];
  settings: string;
  styles: string;
  core: string;
  app: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return ENTITIES[e] ?? _;
  });

export async function openDocx(input: Document | Buffer | Uint8Array): Promise<OpenedDocx> {
  const buffer = input instanceof Uint8Array ? input : await Packer.toBuffer(input);
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const files = Object.keys(zip.files);
  const headers = await Promise.all(
    files
      .filter((f) => /^word\/header\d+\.xml$/.test(f))
      .sort()
      .map(async (name) => ({ name, xml: await read(name) })),
  );
  return {
    files,
    document: await read('word/document.xml'),
    headers,
    settings: await read('word/settings.xml'),
    styles: await read('word/styles.xml'),
    core: await read('docProps/core.xml'),
    app: await read('docProps/app.xml'),
  };
}

const PARA = /<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p(?:\s[^>]*)?\/>/g;
const RUN = /<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g;
const ROW = /<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g;
const CELL = /<w:tc(?:\s[^>]*)?>([\s\S]*?)<\/w:tc>/g;

/** On/off property (w:b, w:i, …): present and not w:val="false"/"0". */
function flag(xml: string, tag: string): boolean {
  const m = new RegExp(`<w:${tag}(\\s[^>]*)?/>`).exec(xml);
  if (!m) return false;
  return !/w:val="(false|0|off)"/.test(m[1] ?? '');
}

export function runsOf(xml: string): Run[] {
  const out: Run[] = [];
  for (const m of xml.matchAll(RUN)) {
    const body = m[1] ?? '';
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
      .map((t) => (t[0] === '<w:tab/>' ? '\t' : t[0] === '<w:br/>' ? '\n' : decode(t[1] ?? '')))
      .join('');
    const size = /<w:sz w:val="(\d+)"\/>/.exec(rPr)?.[1];
    out.push({
      text,
      bold: flag(rPr, 'b'),
      italic: flag(rPr, 'i'),
      size: size === undefined ? undefined : Number(size),
      font: /<w:rFonts[^>]*w:ascii="([^"]+)"/.exec(rPr)?.[1],
      pageField: /<w:instrText[^>]*>\s*PAGE\b/.test(body),
    });
  }
  return out;
}

export function paragraphsOf(xml: string): Para[] {
  const out: Para[] = [];
  for (const m of xml.matchAll(PARA)) {
    const body = m[1] ?? '';
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '';
    const runs = runsOf(body);
    out.push({
      xml: m[0],
      text: runs.map((r) => r.text).join(''),
      runs,
      align: /<w:jc w:val="([^"]+)"\/>/.exec(pPr)?.[1],
      pageBreakBefore: flag(pPr, 'pageBreakBefore'),
    });
  }
  return out;
}

export function rowsOf(xml: string): Row[] {
  return [...xml.matchAll(ROW)].map((m) => {
    const body = m[1] ?? '';
    const trPr = /<w:trPr>([\s\S]*?)<\/w:trPr>/.exec(body)?.[1] ?? '';
    return {
      xml: m[0],
      header: flag(trPr, 'tblHeader'),
      cantSplit: flag(trPr, 'cantSplit'),
      cells: [...body.matchAll(CELL)].map((c) =>
        paragraphsOf(c[1] ?? '')
          .map((p) => p.text)
          .join('\n'),
      ),
    };
  });
}

/** All visible text of a part, paragraphs joined by newlines. */
export const textOf = (xml: string) =>
  paragraphsOf(xml)
    .map((p) => p.text)
    .join('\n');

export function sectionOf(documentXml: string) {
  const sect = /<w:sectPr(?:\s[^>]*)?>([\s\S]*?)<\/w:sectPr>/.exec(documentXml)?.[1] ?? '';
  const attrs = (tag: string) => {
    const m = new RegExp(`<w:${tag}\\s([^>]*)/>`).exec(sect);
    const out: Record<string, string> = {};
    for (const a of (m?.[1] ?? '').matchAll(/w:(\w+)="([^"]*)"/g)) out[a[1] as string] = a[2] as string;
    return out;
  };
  return {
    xml: sect,
    pgSz: attrs('pgSz'),
    pgMar: attrs('pgMar'),
    titlePg: flag(sect, 'titlePg'),
    headerRefs: [...sect.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => ({
      type: m[1] as string,
      id: m[2] as string,
    })),
  };
}

/** The default run font of the document (w:docDefaults). */
export const defaultFont = (stylesXml: string) =>
  /<w:rPrDefault>[\s\S]*?<w:rFonts[^>]*w:ascii="([^"]+)"/.exec(stylesXml)?.[1];

export const TWIPS_PER_MM = 1440 / 25.4;
export const twipsToMm = (twips: string | number) => Math.round((Number(twips) / TWIPS_PER_MM) * 10) / 10;
