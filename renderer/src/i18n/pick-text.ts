// The fallback rule lives in the contract, beside the text's type, so main and the renderer share it;
// this is the renderer's import path for it.
export { FALLBACK_ORDER, pickText } from '../../../domain/contract';
