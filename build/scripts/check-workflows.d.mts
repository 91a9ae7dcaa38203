export declare function workflowProblems(source: string): string[];
