import { App, PluginSettingTab, Setting } from 'obsidian'
import { promptEnFileName, promptZhFileName, t } from './lang/helper'
import AIZhipuPlugin from './main'
import { DEFAULT_SETTINGS } from './settings'
export class AIZhipuSettingTab extends PluginSettingTab {
			.setDesc(t('Obtain key from https://open.bigmodel.cn'))
