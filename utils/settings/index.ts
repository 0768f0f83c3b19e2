// The settings: what they are (schema), where they live (store), and their export and import (backup).
export * from './schema';
export * from './store';
export * from './backup';
