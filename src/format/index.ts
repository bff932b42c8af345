/** The one number / duration formatter and the one plain-text table renderer (every stage prints through these). */
export * from './number';
export * from './table';
