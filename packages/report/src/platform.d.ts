// The one platform API the reader uses. It exists in Node and in every browser, but TypeScript
// declares it only in the DOM or Node libraries, which this package deliberately leaves out.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
