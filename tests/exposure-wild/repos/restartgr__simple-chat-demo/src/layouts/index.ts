export { default as BaseLayout } from './Base';
