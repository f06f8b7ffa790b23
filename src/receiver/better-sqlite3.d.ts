// The few better-sqlite3 members the receiver uses; the package ships no types and @types/better-sqlite3 is not
// installed. Replace with the real types if they are ever added.
declare module 'better-sqlite3' {
  interface RunResult {
    changes: number;
    lastInsertRowid: number | bigint;
  }
  interface Statement<Row> {
    run(...params: unknown[]): RunResult;
    get(...params: unknown[]): Row | undefined;
    all(...params: unknown[]): Row[];
  }
  class Database {
    constructor(filename: string, options?: { readonly?: boolean; fileMustExist?: boolean; timeout?: number });
    prepare<Row = unknown>(source: string): Statement<Row>;
    exec(source: string): this;
    pragma(source: string): unknown;
    transaction<Args extends unknown[], Result>(fn: (...args: Args) => Result): (...args: Args) => Result;
    close(): this;
    readonly open: boolean;
  }
  export default Database;
}
