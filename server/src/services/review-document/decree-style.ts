/**
 * Sizes and margins of Decree 30/2020/NĐ-CP, Appendix I (thể thức và kỹ thuật trình bày văn bản
 * hành chính), shared by the Word and the PDF writer. Where the decree gives a range, the value
 * picked is noted; sizes are points, lengths millimetres.
 */
export const DECREE = {
  /** Part I.1–3: A4 upright; top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
  page: { widthMm: 210, heightMm: 297 },
  marginsMm: { top: 20, bottom: 20, left: 30, right: 20 },
  /** Part I.4: a Unicode (TCVN 6909:2001) Times New Roman face, black. */
  font: 'Times New Roman',
  size: {
    /**
     * II.2: the superior body 12–13 upright capitals; the issuing agency 12–13 bold capitals: 13,
     * or 12 where the agency's name would not fit its column on one line (`agencySize`).
     */
    agency: [12, 13],
    /** II.1: the national title 12–13 bold capitals (12, so it fits the column on one line). */
    nationalTitle: 12,
    /** II.1: the motto 13–14 bold, initial capitals. */
    motto: 13,
    /** II.3: "Số" 13. */
    number: 13,
    /** II.4: place and date 13–14 italic. */
    placeDate: 14,
    /** II.5: the type 13–14 bold capitals; the summary 13–14 bold. */
    type: 14,
    /** II.6: the body 13–14. */
    body: 14,
    /** II.9: "Nơi nhận:" 12 bold italic; the list 11 upright. */
    recipientsLabel: 12,
    recipients: 11,
    /** II.7: the signatory's title 13–14 bold capitals. */
    signatory: 14,
    /** I.5: page numbers 13–14 upright, centred in the top margin, none on the first page. */
    pageNumber: 13,
    /** Footnotes: the decree sets none; 10 pt is what Word and the province's reports use. */
    footnote: 10,
  },
  /** II.6: paragraphs indented 1–1.27 cm on the first line, at least 6 pt apart. */
  firstLineMm: 10,
  paragraphGapPt: 6,
  /**
   * The header's and the closing's left column (agency, "Số", recipients) as a share of the text
   * width; the right one (national title, place and date, signatory) has the rest. The national
   * title at 12 pt just fits the right one, as in the decree's model forms.
   */
  leftColumnShare: 0.43,
} as const;

export const mmToPt = (mm: number) => (mm * 72) / 25.4;
export const mmToTwips = (mm: number) => Math.round(mm * 56.6929);

/** The text width between the decree's margins, in points. */
export const textWidthPt = mmToPt(DECREE.page.widthMm - DECREE.marginsMm.left - DECREE.marginsMm.right);
