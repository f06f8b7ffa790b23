/** Compile-time flags set by vite.config.ts. `__TEST_BUILD__` code exists only in the test build. */
declare const __FIREFOX__: boolean;
declare const __TEST_BUILD__: boolean;

/** Vite's raw imports: the file's text. */
declare module '*?raw' {
  const text: string;
  export default text;
}
