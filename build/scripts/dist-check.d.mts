export declare const SIZE_BUDGET_BYTES: number;
export declare const REQUIRED: string[];
export declare function forbiddenReason(path: string): string | null;
export declare function checkAsar(asarPath: string): { problems: string[]; fileCount: number; size: number };
