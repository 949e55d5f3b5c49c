import { esmTsJest } from '../../jest.preset.mjs';

export default esmTsJest(import.meta.dirname, { displayName: 'scoring' });
