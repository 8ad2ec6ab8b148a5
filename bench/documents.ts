/**
 * Document generation: one minutes DOCX (render + pack), the same as PDF (LibreOffice), and a ZIP
 * of 100 documents, each against a bare baseline in the same run (packing an empty DOCX; zipping
 * the same bytes without the index sheet).
 */
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { minutes } from '../src/server/documents/kinds/minutes.js';
import { pdfConverter } from '../src/server/documents/pdf.js';
import { contextFor, MINUTES } from '../src/server/documents/testing/samples.js';
import { tableToXlsx } from '../src/server/documents/xlsx.js';

async function timeIt(runs: number, fn: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    runs,
    medianMs: r(times[Math.floor(runs / 2)] ?? 0),
    minMs: r(times[0] ?? 0),
    maxMs: r(times[runs - 1] ?? 0),
  };
}

export async function benchDocuments() {
  const input = minutes.input.parse(MINUTES);
  const ctx = contextFor('BB');
  const renderMinutes = async () => Buffer.from(await Packer.toBuffer(minutes.docx(input, ctx)));
  const docx = await renderMinutes();
  const bareDocx = async () =>
    Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] }));

  const minutesDocx = await timeIt(10, renderMinutes);
  const bareDocxTime = await timeIt(10, bareDocx);

  const pdf = pdfConverter();
  let pdfResult: object;
  if (await pdf.available()) {
    const one = await timeIt(3, () => pdf.convert(docx));
    pdfResult = { ...one, note: 'một tiến trình LibreOffice cho mỗi lần chuyển' };
  } else {
    pdfResult = { skipped: 'LibreOffice chưa được cài' };
  }

  const files = Array.from({ length: 100 }, (_, i) => ({
    name: `${String(i + 1).padStart(3, '0')} Bien ban.docx`,
    docx,
  }));
  const zipWithIndex = async () => {
    const zip = new JSZip();
    for (const f of files) zip.file(f.name, f.docx);
    zip.file(
      '00 Mục lục.xlsx',
      await tableToXlsx({
        sheetName: 'Mục lục',
        columns: [{ key: 'name', title: 'Tệp', type: 'text' }],
        rows: files.map((f) => ({ name: f.name })),
      }),
    );
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  };
  const bareZip = async () => {
    const zip = new JSZip();
    for (const f of files) zip.file(f.name, f.docx);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  };
  const zip100 = await timeIt(3, zipWithIndex);
  const zipBare = await timeIt(3, bareZip);
  return {
    minutesDocx: {
      ...minutesDocx,
      baselineEmptyDocx: bareDocxTime,
      ratio: Math.round((minutesDocx.medianMs / bareDocxTime.medianMs) * 100) / 100,
      bytes: docx.length,
    },
    minutesPdf: pdfResult,
    zip100: {
      ...zip100,
      baselineZipOnly: zipBare,
      ratio: Math.round((zip100.medianMs / zipBare.medianMs) * 100) / 100,
    },
  };
}
