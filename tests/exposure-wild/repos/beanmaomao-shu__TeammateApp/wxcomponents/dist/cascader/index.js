import { VantComponent } from '../common/component';
