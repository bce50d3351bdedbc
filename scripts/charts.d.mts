export function chartNames(): string[];
export function copyFile(from: string, fileName: string): unknown;
