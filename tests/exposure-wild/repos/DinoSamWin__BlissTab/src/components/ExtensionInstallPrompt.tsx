import React, { useState } from 'react';
import ExtensionGuideModal from './ExtensionGuideModal';
export default ExtensionInstallPrompt;
