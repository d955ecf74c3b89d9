export { PanelHeaderComponent } from './panel-header.component';
