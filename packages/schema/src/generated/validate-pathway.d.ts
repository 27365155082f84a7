import type { CompiledValidator } from './validate.js';
declare const validate: CompiledValidator;
export { validate };
export default validate;
