import { describe, it, expect, vi, beforeEach, afterEach, afterAll } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { setActivePinia, createPinia } from 'pinia'
import SystemSettings from '@/views/SystemManagement/SystemSettings.vue'
      const zhipuRadio = wrapper.find('input[value="zhipu"]')
      expect(zhipuRadio.element.checked).toBe(true)
      const zhipuRadio = wrapper.find('input[value="zhipu"]')
      expect(zhipuRadio.element.checked).toBe(false)
