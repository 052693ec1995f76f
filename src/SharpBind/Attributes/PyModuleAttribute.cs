using System;

namespace SharpBind;
