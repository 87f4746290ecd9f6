/** The `cap` scenario and what views and tests need from it. */
export { capRegister } from './scenario';
export { capRegisterParams } from './params';
export { describeRegister, formatValue, localValue, registerContextOf } from './looks';
export type { Mode, ReadValue, RegisterContext, RegisterDurable } from './registerTypes';
