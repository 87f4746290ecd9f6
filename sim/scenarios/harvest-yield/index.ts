export { harvestYield } from './scenario';
