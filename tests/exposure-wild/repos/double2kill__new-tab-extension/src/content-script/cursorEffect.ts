import { setCursorEffect } from '@/utils/cursorEffect'

setCursorEffect()
