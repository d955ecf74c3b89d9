import { VantComponent } from '../common/component';
import { isDef } from '../common/validator';
