import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{C as t,S as n,_ as r,b as i,c as a,d as o,f as s,i as c,m as ee,n as l,o as u,p as d,s as f,t as p,v as m,x as h,y as g}from"./spacing-DMqK3re3.js";import{n as _}from"./jsx-runtime-CkXRJ162.js";import{r as v,t as y}from"./HtmlDiv-E64ge0mq.js";import{C as b,b as te,w as ne,x,y as S}from"./index-DIq7M_gj.js";import{f as C,n as re,u as ie}from"./Button-Dnv4JgJG.js";var w=e(r()),T=e(_()),ae=function(e){h(t,e);function t(){var t=e!==null&&e.apply(this,arguments)||this;return t.timeout=null,t.debouncer=function(e,n){if(e){if(!t.props.waitFor)e(n);else{t.cancelTimeout();var r=t.props.waitFor;t.timeout=setTimeout(function(){e(n)},r)}}},t.cancelDebounce=function(){t.cancelTimeout()},t}return t.prototype.componentWillUnmount=function(){this.cancelTimeout()},t.prototype.cancelTimeout=function(){this.timeout!==null&&(clearTimeout(this.timeout),this.timeout=null)},t.prototype.render=function(){var e=this.props.children;return e?e(this.debouncer,this.cancelDebounce):null},t}(T.Component),E=function(e,t,r){return m(D||=n(`
  width: 290px;
  ,
  ,
  line-height: 0;
  ,

  & .fi-text-input_character-counter {
    ,;
    color: ,;
    font-size: 14px;
    line-height: 20px;
    flex: none;
    margin-top: ,;

    &.fi-text-input_character-counter--error {
      color: ,;
      ,;
      font-size: 14px;
      line-height: 20px;
    }
  }

  & .fi-text-input_bottom-wrapper {
    display: flex;
    justify-content: space-between;
  }

  & .fi-text-input_wrapper {
    width: 100%;
    display: inline-block;

    & .fi-text-input_label--visible {
      margin-bottom: ,;
    }

    & .fi-hint-text {
      margin-bottom: ,;
    }

    & .fi-text-input_statusText--has-content {
      margin-top: ,;
    }
  }

  & .fi-text-input_input-element-container {
    ,

    &:focus-within {
      position: relative;
      ,

      &::after {
        ,
      }
    }
  }

  &.fi-text-input--full-width {
    width: 100%;
  }

  & .fi-text-input_input {
    ,
    background-color: ,;
    min-width: 40px;
    width: 100%;
    min-height: 40px;
    padding-left: ,;
    border-color: ,;

    &::placeholder {
      font-style: italic;
      color: ,;
      opacity: 1;
    }
    &::-ms-clear {
      display: none;
      width: 0;
      height: 0;
    }
    &::-ms-reveal {
      display: none;
      width: 0;
      height: 0;
    }
  }

  &.fi-text-input_with-icon {
    & .fi-text-input_input-element-container {
      position: relative;
    }

    & .fi-text-input_input {
      padding-right: ,;
    }

    & .fi-icon {
      position: absolute;
      width: 18px;
      height: 18px;
      top: ,;
      right: ,;
    }
  }

  &.fi-text-input--error {
    & .fi-text-input_input {
      border: 2px solid ,;
      padding-left: 9px;
      padding-top: 7px;
      padding-bottom: 7px;
    }
  }
  &.fi-text-input--success {
    & .fi-text-input_input {
      border: 2px solid ,;
      padding-left: 9px;
      padding-top: 7px;
      padding-bottom: 7px;
    }
  }
  &.fi-text-input--disabled {
    & .fi-text-input_input {
      color: ,;
      background-color: ,;
    }
    & .fi-icon-base-fill {
      fill: ,;
    }
  }
`.split(`,`),`
  width: 290px;
  ,
  ,
  line-height: 0;
  ,

  & .fi-text-input_character-counter {
    ,;
    color: ,;
    font-size: 14px;
    line-height: 20px;
    flex: none;
    margin-top: ,;

    &.fi-text-input_character-counter--error {
      color: ,;
      ,;
      font-size: 14px;
      line-height: 20px;
    }
  }

  & .fi-text-input_bottom-wrapper {
    display: flex;
    justify-content: space-between;
  }

  & .fi-text-input_wrapper {
    width: 100%;
    display: inline-block;

    & .fi-text-input_label--visible {
      margin-bottom: ,;
    }

    & .fi-hint-text {
      margin-bottom: ,;
    }

    & .fi-text-input_statusText--has-content {
      margin-top: ,;
    }
  }

  & .fi-text-input_input-element-container {
    ,

    &:focus-within {
      position: relative;
      ,

      &::after {
        ,
      }
    }
  }

  &.fi-text-input--full-width {
    width: 100%;
  }

  & .fi-text-input_input {
    ,
    background-color: ,;
    min-width: 40px;
    width: 100%;
    min-height: 40px;
    padding-left: ,;
    border-color: ,;

    &::placeholder {
      font-style: italic;
      color: ,;
      opacity: 1;
    }
    &::-ms-clear {
      display: none;
      width: 0;
      height: 0;
    }
    &::-ms-reveal {
      display: none;
      width: 0;
      height: 0;
    }
  }

  &.fi-text-input_with-icon {
    & .fi-text-input_input-element-container {
      position: relative;
    }

    & .fi-text-input_input {
      padding-right: ,;
    }

    & .fi-icon {
      position: absolute;
      width: 18px;
      height: 18px;
      top: ,;
      right: ,;
    }
  }

  &.fi-text-input--error {
    & .fi-text-input_input {
      border: 2px solid ,;
      padding-left: 9px;
      padding-top: 7px;
      padding-bottom: 7px;
    }
  }
  &.fi-text-input--success {
    & .fi-text-input_input {
      border: 2px solid ,;
      padding-left: 9px;
      padding-top: 7px;
      padding-bottom: 7px;
    }
  }
  &.fi-text-input--disabled {
    & .fi-text-input_input {
      color: ,;
      background-color: ,;
    }
    & .fi-icon-base-fill {
      fill: ,;
    }
  }
`.split(`,`)),p(t),p(r,!0),u(),f(e)(`bodyTextSmall`),e.colors.blackBase,e.spacing.xxs,e.colors.alertBase,f(e)(`bodySemiBoldSmall`),e.spacing.xs,e.spacing.xs,e.spacing.xxs,c(e),e.focuses.highContrastFocus,e.focuses.absoluteFocus,a(e),e.colors.whiteBase,e.spacing.insetL,e.colors.depthDark3,e.colors.depthDark2,C(`${e.spacing.insetXl} * 2 + ${e.spacing.insetM}`),e.spacing.insetL,e.spacing.insetL,e.colors.alertBase,e.colors.successBase,e.colors.depthBase,e.colors.depthLight3,e.colors.depthBase)},D,O=`fi-text-input`,k={baseClassName:O,fullWidth:`${O}--full-width`,disabled:`${O}--disabled`,error:`${O}--error`,success:`${O}--success`,labelIsVisible:`${O}_label--visible`,icon:`${O}_with-icon`,inputElementContainer:`${O}_input-element-container`,inputElement:`${O}_input`,styleWrapper:`${O}_wrapper`,statusTextHasContent:`${O}_statusText--has-content`,bottomWrapper:`${O}_bottom-wrapper`,characterCounter:`${O}_character-counter`,characterCounterError:`${O}_character-counter--error`},A=function(e){var n,r,a,o,s=(0,T.useState)(0),c=s[0],u=s[1],d=(0,T.useState)(``),f=d[0],p=d[1],m=(0,T.useState)(null),h=m[0],g=m[1],_=(0,T.useState)(!1),v=_[0],C=_[1];(0,T.useEffect)(function(){return C(!0),function(){C(!1)}},[]);var E=e.className,D=e.labelText,A=e.labelMode,j=e.onChange,M=e.style,N=e.optionalText,P=e.status,F=e.statusText,I=e.hintText,oe=e.visualPlaceholder,L=e.id,R=e.type,z=R===void 0?`text`:R,B=e.fullWidth,V=e.icon,H=e.forwardedRef;e.globalMargins;var U=e.debounce,W=e.statusTextAriaLiveMode,G=W===void 0?`assertive`:W,K=e[`aria-describedby`],se=e.tooltipComponent,q=e.characterLimit,J=e.ariaCharactersRemainingText,Y=e.ariaCharactersExceededText,ce=t(e,[`className`,`labelText`,`labelMode`,`onChange`,`style`,`optionalText`,`status`,`statusText`,`hintText`,`visualPlaceholder`,`id`,`type`,`fullWidth`,`icon`,`forwardedRef`,`globalMargins`,`debounce`,`statusTextAriaLiveMode`,`aria-describedby`,`tooltipComponent`,`characterLimit`,`ariaCharactersRemainingText`,`ariaCharactersExceededText`]),X=l(ce)[1];(0,T.useEffect)(function(){q!==void 0&&Z.current?.value.length&&u(Z.current?.value.length)},[]);var Z=(0,T.useRef)(null),le=function(e,t){if(h&&clearTimeout(h),q!==void 0&&J&&Y){var n=e.target.value.length;u(n),g(setTimeout(function(){v&&p(n<=q?J(q-n):Y(n-q))},1500))}j&&t(j,e.target.value)},ue=H||null,Q=`${L}-hintText`,$=`${L}-statusText`;return T.createElement(y,{className:(0,w.default)(O,E,(n={},n[k.disabled]=!!X.disabled,n[k.icon]=!!V,n[k.error]=P===`error`,n[k.success]=P===`success`,n[k.fullWidth]=B,n)),style:M},T.createElement(ie,{className:k.styleWrapper},T.createElement(x,{htmlFor:L,labelMode:A,optionalText:N,className:(0,w.default)((r={},r[k.labelIsVisible]=A!==`hidden`,r)),tooltipComponent:se},D),T.createElement(S,{id:Q},I),T.createElement(y,{className:k.inputElementContainer},T.createElement(ae,{waitFor:U},function(e){return T.createElement(ne,i({},X,{id:L,className:k.inputElement,type:z,forwardedRef:ee(Z,ue),placeholder:oe},{"aria-invalid":P===`error`},b(`aria-describedby`,[F?$:void 0,I?Q:void 0,K]),{onChange:function(t){le(t,e)}}))}),V),T.createElement(y,{className:k.bottomWrapper},T.createElement(te,{id:$,className:(0,w.default)((a={},a[k.statusTextHasContent]=!!F,a)),status:P,ariaLiveMode:G,disabled:X.disabled},q&&T.createElement(re,null,f),F),q&&T.createElement(y,{className:(0,w.default)(k.characterCounter,(o={},o[k.characterCounterError]=c>q,o))},`${c}/${q}`))))},j=g(function(e){e.theme;var n=t(e,[`theme`]);return T.createElement(A,i({},n))}).withConfig({componentId:`sc-1hi9v5l-0`})(N||=n([`
  `,`
`],[`
  `,`
`]),function(e){var n=e.theme,r=e.globalMargins,i=t(e,[`theme`,`globalMargins`]),a=l(i)[0];return E(n,d(r.textInput,a),a)}),M=(0,T.forwardRef)(function(e,n){var r=e.id,a=t(e,[`id`]);return T.createElement(o,null,function(e){var t=e.margins;return T.createElement(s,null,function(e){var o=e.suomifiTheme;return T.createElement(v,{id:r},function(e){return T.createElement(j,i({theme:o,id:e,forwardedRef:n,globalMargins:t},a))})})})});M.displayName=`TextInput`;var N;export{M as t};