import { VantComponent } from '../common/component';
import { pickerProps } from './shared';
