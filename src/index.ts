// The public API (a test pins this export list).
export { processArticle, articleId, type ProcessResult } from './pipeline.js';
export { toRecord, type ArticleRecord } from './record.js';
export { loadConfig, resolveConfig, defaultConfig, configHash, ConfigError, type Config } from './config.js';
export { runBatch, type RunOptions, type RunSummary } from './run.js';
export { verifyLedger, verifyLedgerParallel, type VerifyResult, type VerifyCode, type VerifyOptions } from './ledger/verify.js';
export { inclusionPath, consistencyProof, verifyInclusion, verifyConsistency } from './ledger/merkle.js';
export { parseVerifier, verifierString } from './ledger/sign.js';
export { checkProof, type InclusionProof } from './ledger/proof.js';
export { merkleRoot } from './ledger/merkle.js';
export { leafHash } from './ledger/hash.js';
export { check, validators } from './validate.js';
export type { ArticleFile, ArticleInput, Claim, ClaimType, Speaker, Message, Meta, Paragraph } from './article.js';
