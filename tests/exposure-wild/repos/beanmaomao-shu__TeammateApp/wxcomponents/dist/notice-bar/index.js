import { VantComponent } from '../common/component';
import { getRect, requestAnimationFrame } from '../common/utils';
                    .export(),
                        .export(),
