// compromise, loaded from its one-file build (builds/three/compromise-three.cjs, what `require` gets)
// rather than its ES module source tree: the same library and version, about 0.1–0.2 s less to load,
// which every worker thread pays (issue 19: cold start). One instance for every module here, so the
// words the article teaches it (`addWords`) are known everywhere.
import { createRequire } from 'node:module';
import type Nlp from 'compromise';

const nlp = createRequire(import.meta.url)('compromise') as typeof Nlp;
export default nlp;
