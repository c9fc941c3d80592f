/** The class of the `#` link the pipeline adds beside each heading: page chrome, which feeds leave out. */
export const HEADING_ANCHOR_CLASS = 'heading-anchor';
