import { Work } from './src/mock/works';
