import React, { useEffect, useState } from 'react';
import classesAPI from '../services/classes';
export default function TeacherClasses() {
