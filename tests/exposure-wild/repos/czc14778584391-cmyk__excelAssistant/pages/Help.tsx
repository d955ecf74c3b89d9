import React, { useState } from 'react';
import { HelpTab } from '../types';
export default Help;
