import React, { useState, useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
export default FamiliarScenarios;
