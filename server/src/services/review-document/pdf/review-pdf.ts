import { DECREE, mmToPt } from '../decree-style.js';
import type { DecreeParts, ReviewLayout } from '../layout.js';
import { PageFlow } from './page-flow.js';

const S = DECREE.size;
const indent = mmToPt(DECREE.firstLineMm);

/** The decree's header: agency block left and national title right, each with its rule; number; place and date. */
function header(flow: PageFlow, d: DecreeParts): void {
  const { leftColumn: leftW, rightColumn: rightW, agencyRule, mottoRule } = d.geometry;
  const rightX = flow.left + leftW;
  const top = flow.y;

  let y = top;
  y += flow.textAt(d.superior, flow.left, y, leftW, { size: d.agencySize, align: 'center' });
  y += flow.textAt(d.agency, flow.left, y, leftW, { face: 'bold', size: d.agencySize, align: 'center' });
  flow.rule(flow.left + leftW / 2, y + 2, agencyRule);
  const leftEnd = y + 10;

  y = top;
  y += flow.textAt(d.motto[0], rightX, y, rightW, { face: 'bold', size: S.nationalTitle, align: 'center' });
  y += flow.textAt(d.motto[1], rightX, y, rightW, { face: 'bold', size: S.motto, align: 'center' });
  flow.rule(rightX + rightW / 2, y + 2, mottoRule);
  const rightEnd = y + 10;

  // "Số" under the agency and the place and date under the motto, on one line (II.3, II.4).
  y = Math.max(leftEnd, rightEnd) + 4;
  const h1 = flow.textAt(d.number, flow.left, y, leftW, { size: S.number, align: 'center' });
  const h2 = flow.textAt(d.placeDate, rightX, y, rightW, { face: 'italic', size: S.placeDate, align: 'center' });
  flow.y = y + Math.max(h1, h2) + 18;
}

/** "BÁO CÁO" and the summary, centred and bold, with a short rule beneath (II.5). */
function titleBlock(flow: PageFlow, type: string | null, title: string): void {
  const center = flow.left + flow.width / 2;
  if (type) flow.y += flow.textAt(type, flow.left, flow.y, flow.width, { face: 'bold', size: S.type, align: 'center' });
  flow.y += flow.textAt(title, flow.left, flow.y, flow.width, { face: 'bold', size: S.type, align: 'center' });
  if (type) flow.rule(center, flow.y + 3, flow.width / 5);
  flow.y += 18;
}

/** "Nơi nhận:" and its list at the bottom left, the signatory's title at the bottom right (II.7, II.9). */
function closing(flow: PageFlow, d: DecreeParts): void {
  const { leftColumn: leftW, rightColumn: rightW } = d.geometry;
  const rightX = flow.left + leftW;
  const recipients = d.recipients.join('\n');
  const signatory = d.signatory.join('\n');
  const height = Math.max(
    flow.measure(d.recipientsLabel, { face: 'boldItalic', size: S.recipientsLabel }) + flow.measure(recipients, { size: S.recipients }, leftW),
    // Room beneath the title for the signature and the seal.
    flow.measure(signatory, { face: 'bold', size: S.signatory }, rightW) + 70,
  );
  flow.y += 12;
  flow.ensure(height);
  const top = flow.y;
  const label = flow.textAt(d.recipientsLabel, flow.left, top, leftW, { face: 'boldItalic', size: S.recipientsLabel });
  flow.textAt(recipients, flow.left, top + label, leftW, { size: S.recipients });
  flow.textAt(signatory, rightX, top, rightW, { face: 'bold', size: S.signatory, align: 'center' });
  flow.y = top + height;
}

/** The review as a PDF: the decree's form in Vietnamese, the plain form in English, fonts embedded. */
export async function reviewToPdf(layout: ReviewLayout, author: string): Promise<Buffer> {
  const flow = new PageFlow({ title: layout.title, author, lang: layout.locale === 'vi' ? 'vi-VN' : 'en-GB' });
  if (layout.decree) header(flow, layout.decree);
  titleBlock(flow, layout.decree?.type ?? null, layout.title);
  const bodyStyle = { size: S.body, align: 'justify', indent: layout.decree ? indent : 0 } as const;
  const headingStyle = { face: 'bold', size: S.body, indent: layout.decree ? indent : 0 } as const;
  layout.blocks.forEach((block, i) => {
    if (block.kind === 'paragraph') return flow.block(block.text, bodyStyle, block.note);
    // A heading never ends a page: it moves on with the paragraph after it, and that one's note.
    const next = layout.blocks[i + 1];
    const after = next?.kind === 'paragraph' ? { height: flow.measure(next.text, bodyStyle), note: next.note } : { height: 0, note: null };
    flow.ensure(flow.measure(block.text, headingStyle) + 4 + after.height, after.note);
    flow.block(block.text, headingStyle, null, 4);
  });
  if (layout.decree) closing(flow, layout.decree);
  return flow.end();
}
