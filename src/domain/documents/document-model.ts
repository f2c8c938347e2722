/**
 * A document as content and structure only, already phrased in one language: every renderer (HTML for print,
 * later PDF and DOCX) lays out the same model, so the documents say the same thing whatever the format.
 */
export interface DocumentModel {
  /** BCP 47 language of every text in the document. */
  lang: string;
  title: string;
  subtitle?: string;
  /** Facts about the document as a whole (who, what, when), shown under the title. */
  meta: MetaItem[];
  sections: Section[];
  /**
   * SHA-256 of the canonical JSON of what the document describes: printed in every page footer, so a
   * reviewer can match a printout to the file that was reviewed.
   */
  digest?: string;
}

export interface MetaItem {
  label: string;
  value: string;
}

export interface Section {
  heading: string;
  blocks: Block[];
  /** Numbered parts of a section, as reviewers expect in a programme document (1. General characteristics…). */
  sections?: Section[];
}

export type Block = ParagraphBlock | TableBlock | ListBlock;

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
}

export interface ListBlock {
  kind: 'list';
  ordered?: boolean;
  items: string[];
}

/** Numbers align to the end so their digits line up; text starts at the start. */
export type Align = 'start' | 'end' | 'center';

export interface TableColumn {
  label: string;
  align?: Align;
}

export interface TableBlock {
  kind: 'table';
  caption?: string;
  columns: TableColumn[];
  /** One string per column in each row, already formatted for the document's language. */
  rows: string[][];
  /**
   * How each body row reads, parallel to `rows` (absent: all `body`): a `group` row heads the rows below it
   * (a stage of the curriculum), a `subtotal` row sums them; renderers set both apart (bold, shaded).
   */
  rowKinds?: ('body' | 'group' | 'subtotal')[];
  /** A totals row after the body, one string per column. */
  footer?: string[];
}
