// Types of build.mjs (plain JavaScript, so that install can run it without a TypeScript loader).
export declare const DEFAULT_OUTDIR: string;
export declare function buildCli(outdir?: string): Promise<string>;
