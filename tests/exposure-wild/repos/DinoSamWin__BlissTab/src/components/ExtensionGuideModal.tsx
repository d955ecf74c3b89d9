import React, { useState } from 'react';
export default ExtensionGuideModal;
