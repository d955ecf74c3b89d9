export { VersionUpdateModal } from './VersionUpdateModal';
