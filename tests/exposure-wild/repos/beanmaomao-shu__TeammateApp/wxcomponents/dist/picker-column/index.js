import { VantComponent } from '../common/component';
import { range } from '../common/utils';
import { isObj } from '../common/validator';
