import { useParent } from '../common/relation';
import { VantComponent } from '../common/component';
