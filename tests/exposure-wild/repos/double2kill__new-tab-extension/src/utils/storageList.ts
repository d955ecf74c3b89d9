import {ChromeStorageList} from './chromeStorage'

export const focusOnList = new ChromeStorageList('focus-on-list')