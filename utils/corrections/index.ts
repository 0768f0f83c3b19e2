// The reader's corrections: what one is (record), where they live (store), and their export as
// corpus labels (labels).
export * from './record';
export { correctedStatus, CORRECTIONS_KEY } from './key';
export * from './store';
export * from './labels';
