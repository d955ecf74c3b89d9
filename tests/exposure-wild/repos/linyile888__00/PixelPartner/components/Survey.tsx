import React, { useState, useEffect, useRef } from 'react';
import { UserProfile } from '../types';
export default Survey;
