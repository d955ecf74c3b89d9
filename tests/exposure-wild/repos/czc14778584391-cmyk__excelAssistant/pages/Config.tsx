import React, { useState, useEffect } from 'react';
import { ConfigTab } from '../types';
import { loadSummaryHeaders, getDefaultSummaryHeaders, loadCategoricalData, getDefaultCategoricalData, loadFieldMapping, getDefaultFieldMapping } from '../utils/configLoader';
export default Config;
